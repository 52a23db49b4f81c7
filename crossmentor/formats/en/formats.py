DATE_FORMAT = "j F Y"  # 10 March 2026
DATETIME_FORMAT = "l j F Y, H:i"  # Tuesday 10 March 2026, 23:30
SHORT_DATE_FORMAT = "j M Y"  # 10 Mar 2026
SHORT_DATETIME_FORMAT = "D j M Y, H:i"  # Tue 10 Mar 2026, 23:30
MONTH_DAY_FORMAT = "l j F"  # Tuesday 10 March
TIME_FORMAT = "H:i"

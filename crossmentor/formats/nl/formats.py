DATE_FORMAT = "j F Y"  # 10 maart 2026
DATETIME_FORMAT = "l j F Y, H:i"  # dinsdag 10 maart 2026, 23:30
SHORT_DATE_FORMAT = "j M Y"  # 10 mrt 2026
SHORT_DATETIME_FORMAT = "D j M Y, H:i"  # di 10 mrt 2026, 23:30
MONTH_DAY_FORMAT = "l j F"  # dinsdag 10 maart
TIME_FORMAT = "H:i"

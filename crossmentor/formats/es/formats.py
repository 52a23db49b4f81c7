DATE_FORMAT = r"j \d\e F \d\e Y"  # 10 de marzo de 2026
DATETIME_FORMAT = r"l j \d\e F \d\e Y, H:i"  # martes 10 de marzo de 2026, 23:30
SHORT_DATE_FORMAT = "j M Y"  # 10 mar 2026
SHORT_DATETIME_FORMAT = "D j M Y, H:i"  # mar 10 mar 2026, 23:30
MONTH_DAY_FORMAT = r"l j \d\e F"  # martes 10 de marzo
TIME_FORMAT = "H:i"

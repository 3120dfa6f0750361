"""Danish dates and times as Danish public institutions write them: "1. december 2026 kl. 09.30".

Templates use only Django's named formats (DATE_FORMAT, SHORT_DATE_FORMAT, ...), so each language decides how
its dates look here and nowhere else.
"""

DATE_FORMAT = "j. F Y"
SHORT_DATE_FORMAT = "j. N Y"
TIME_FORMAT = "H.i"
DATETIME_FORMAT = r"l \d\e\n j. F Y \k\l. H.i"
SHORT_DATETIME_FORMAT = r"j. N Y \k\l. H.i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j. F"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
TIME_INPUT_FORMATS = ["%H:%M", "%H.%M", "%H:%M:%S"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H.%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3

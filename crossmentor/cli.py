"""The `crossmentor` console command: everything `manage.py` does, installed on the PATH."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crossmentor.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["crossmentor", *sys.argv[1:]])


if __name__ == "__main__":
    main()

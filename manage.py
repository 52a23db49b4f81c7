#!/usr/bin/env python
from crossmentor.cli import main

if __name__ == "__main__":
    main()

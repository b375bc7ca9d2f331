"""hamtimer: a hands-free guide through home rehab for hamstring tendonitis."""

APP_NAME = "hamtimer"
APP_DISPLAY_NAME = "hamtimer"
APP_ID = "io.github.hamtimer.Hamtimer"
__version__ = "0.1.0"

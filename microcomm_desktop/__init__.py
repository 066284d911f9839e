"""MicroComm Desktop: run a micro community as a measured system, offline."""

__version__ = "0.1.0"
APP_NAME = "MicroComm"
APP_ORG = "MicroComm"

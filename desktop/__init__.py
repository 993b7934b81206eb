"""Hòa Nhập: an offline register for commune social-support work."""

__version__ = "0.1.0"
APP_NAME = "Hòa Nhập"

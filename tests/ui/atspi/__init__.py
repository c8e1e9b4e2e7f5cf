"""Tests over the real AT-SPI bus: what a screen reader is told, as Orca 43 gets it."""

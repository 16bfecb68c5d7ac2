"""Tests of report building and exporting."""

"""Tests of the event passes (kg/extract/events), one file per pass or construction."""

"""Comparing claims across articles and checking numbers inside one article."""

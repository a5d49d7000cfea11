"""Editors for engagements and the reference lists."""

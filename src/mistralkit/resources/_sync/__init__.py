# Generated from resources/_async by tools/unasync.py. Do not edit.

"""Readers and writers: text import, gold JSON, corpus folders, import/export registries."""

"""Exchange formats with other annotation and NLP tools, one module per format.

Each module registers its importer and/or exporter by name when imported (listed in
``goldspan.io.registry.BUILTIN_MODULES``). Exporters are called as
``write(docs, out, layers=None, warn=None, **options)``; importers as
``load(path, label_map=None, layer=None, **options)``. :mod:`.common` holds the shared
pieces: label naming, label maps, tokens, sentences and the validated document rebuild.
"""

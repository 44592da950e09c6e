"""IVH-kennisbank: YAML content validated into typed models and composed into a MkDocs site."""

__version__ = "0.1.0"

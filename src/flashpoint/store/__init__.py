"""Event storage. DuckDB is the default backend; all writes go through `Store.write_batch`."""
from .duck import EventFilter, Store, StoredDocument

__all__ = ["EventFilter", "Store", "StoredDocument"]

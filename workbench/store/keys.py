"""An article's content hash: the store's key, the same for the same article on any path."""

from __future__ import annotations

import hashlib
import json

from workbench.model import Article


def content_hash(article: Article) -> str:
    """32 hex digits of SHA-256 over everything extraction reads (the source path aside)."""
    fields = article.fields()
    fields.pop("source")
    fields["sections"] = [(s.kind, s.start, s.end) for s in article.sections]
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]

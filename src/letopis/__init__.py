"""letopis: structured political event data from Russian-language news.

The public API is small: build :class:`Settings`, load :class:`Resources` once,
assemble a :class:`Pipeline` and feed it :class:`Article` objects.

    >>> from letopis import Article
    >>> Article(id="a1", text="Москва ответила Вашингтону.").title
    'Москва ответила Вашингтону.'
"""

__version__ = "0.1.0"

from letopis.errors import LetopisError
from letopis.model import Article, Doc, Entity, Event, Quote

__all__ = ["__version__", "Article", "Doc", "Entity", "Event", "Quote", "LetopisError"]

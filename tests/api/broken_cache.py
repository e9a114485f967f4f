"""A cache backend that is always down, like Redis after a crash."""

from django.core.cache.backends.base import BaseCache


class CacheDown(ConnectionError):
    pass


class BrokenCache(BaseCache):
    """Every operation raises, as a cache client does when its server is unreachable."""

    def __init__(self, location, params):
        super().__init__(params)

    def _down(self, *args, **kwargs):
        raise CacheDown("the cache server is unreachable")

    add = get = set = touch = delete = clear = incr = decr = has_key = _down
    get_many = set_many = delete_many = _down

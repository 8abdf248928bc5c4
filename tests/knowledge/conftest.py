import pytest

from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver


@pytest.fixture(scope="session")
def kb():
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def resolver(kb):
    return Resolver(kb)

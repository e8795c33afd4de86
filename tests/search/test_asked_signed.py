"""A result the engine returned for a query quoting "Ann R." (a given name of the subject and the family initial,
as blog platforms and forums sign) with the town or the field beside it, whose title says "by Ann R." but whose
snippet shows neither: the engine matched the page on those words, so it is opened. The same result for a query
that did not quote the signed name, or beside the state alone, is not; nor one whose title and snippet write another
initial."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.models import Identity, SearchResult
from footprint.results import plausible

POST = "https://medium.com/@annr/three-weeks-up-north-1f2e3d"
TITLE, SNIPPET = "Three weeks up north | by Ann R. | Medium", "The lake ... the kids ... until August 9 ..."


def _who() -> Identity:
    return Identity(make_subject("Ann Rasmussen", city="Duluth", state="MN", specialty="Pediatrics"), ())


def test_a_result_signed_as_the_query_quoted_beside_the_town_is_opened() -> None:
    result = SearchResult(1, POST, TITLE, SNIPPET, "searxng", queries=('"Ann R." pediatrician Duluth',))
    assert plausible(_who(), result)


def test_the_signed_name_without_a_query_that_quoted_it_beside_town_or_field_is_not() -> None:
    for asked in ('"Ann R."', "Ann Rasmussen", '"Ann R." Minnesota'):
        assert not plausible(_who(), SearchResult(1, POST, TITLE, SNIPPET, "searxng", queries=(asked,)))
    other = SearchResult(1, POST, "Three weeks up north | by Ann P. | Medium", SNIPPET, "searxng",
                         queries=('"Ann R." pediatrician Duluth',))  # fmt: skip
    assert not plausible(_who(), other)

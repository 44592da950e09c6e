"""A choice field's allowed values are written out as a `Literal` (so mypy knows them) and labelled with
`Labels.of`, which refuses labels that do not match those values, so the two cannot drift apart."""

from __future__ import annotations

from typing import Literal

import pytest

from kennisbank.models.common import Labels

Form = Literal["cijfer", "ja-nee"]


def test_labels_of_keeps_the_labels_of_exactly_the_allowed_values():
    labels = Labels.of(Form, {"cijfer": "Cijfer", "ja-nee": "Ja/nee"})
    assert isinstance(labels, Labels)
    assert labels == {"cijfer": "Cijfer", "ja-nee": "Ja/nee"}


@pytest.mark.parametrize(
    "labels",
    [
        {"cijfer": "Cijfer"},  # a value without a label
        {"cijfer": "Cijfer", "ja-nee": "Ja/nee", "oordeel": "Oordeel"},  # a label without a value
        {"ja-nee": "Ja/nee", "cijfer": "Cijfer"},  # another order than the choice lists its values in
    ],
)
def test_labels_of_refuses_labels_that_do_not_match_the_choice(labels):
    with pytest.raises(TypeError):
        Labels.of(Form, labels)


def test_labels_of_needs_a_literal():
    with pytest.raises(TypeError):
        Labels.of(str, {})

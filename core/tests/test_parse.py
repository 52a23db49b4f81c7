import uuid

from core.parse import int_or_none, uuid_or_none


def test_a_posted_number_is_an_ascii_whole_number_of_a_few_digits():
    assert int_or_none("3") == 3
    assert int_or_none(" 12 ") == 12
    for bad in ("", None, "²", "٣", "-1", "1.5", "x", "9" * 5000):
        assert int_or_none(bad) is None, bad


def test_a_posted_public_id_is_a_uuid_or_nothing():
    value = uuid.uuid4()
    assert uuid_or_none(str(value)) == value
    for bad in ("", None, "nope", "1"):
        assert uuid_or_none(bad) is None

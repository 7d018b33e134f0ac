"""The mock reads ``x-pagination`` of style ``page-token`` from the spec, one clear error per
mistake (info.description documents the style; listUserProductCoupons uses it, ERRATA 52)."""

import copy

import pytest

from wechatpay_mock.spec import Spec, SpecError, TokenPagination

from .spec_additions import DOCUMENT

LIST = "/brand/marketing/product-coupon/users/{openid}/coupons"


def paging_of(document):
    return document["paths"][LIST]["get"]["x-pagination"]


def test_the_shipped_list_pages_by_token_with_the_fields_the_spec_names():
    paging = Spec(copy.deepcopy(DOCUMENT)).by_id["listUserProductCoupons"].pagination
    expected = paging_of(DOCUMENT)
    assert isinstance(paging, TokenPagination)
    assert (paging.token_param, paging.size_param, paging.next_token) == (
        expected["token-param"],
        expected["size-param"],
        expected["next-token"],
    )
    assert (paging.items, paging.total) == (expected["items"], expected["total"])
    assert (paging.default_size, paging.max_size) == (
        expected["default-size"],
        expected["max-size"],
    )
    assert paging.page_params == (expected["token-param"], expected["size-param"])


def broken(change):
    document = copy.deepcopy(DOCUMENT)
    change(paging_of(document), document)
    with pytest.raises(SpecError) as raised:
        Spec(document)
    return str(raised.value)


def test_each_mistake_in_a_page_token_style_is_named():
    assert "lacks 'next-token'" in broken(lambda p, d: p.pop("next-token"))
    assert "keys the style does not know: offset-param" in broken(
        lambda p, d: p.update({"offset-param": "x"})
    )
    assert "token-param must be a field name, not 7" in broken(
        lambda p, d: p.update({"token-param": 7})
    )
    assert "max-size must be a positive integer, not 0" in broken(
        lambda p, d: p.update({"max-size": 0})
    )
    assert "default-size 60 is larger than max-size 50" in broken(
        lambda p, d: p.update({"default-size": 60})
    )
    assert "token-param 'cursor' is not a query parameter" in broken(
        lambda p, d: p.update({"token-param": "cursor"})
    )
    assert "size-param 'page_token' must be a query integer" in broken(
        lambda p, d: p.update({"size-param": "page_token"})
    )
    assert "max-size 40 differs from the maximum 50 of query parameter 'page_size'" in broken(
        lambda p, d: p.update({"max-size": 40, "default-size": 20})
    )
    assert "next-token 'next' is not a field of the success answer" in broken(
        lambda p, d: p.update({"next-token": "next"})
    )
    assert "items 'total_count' is not an array in the answer" in broken(
        lambda p, d: p.update({"items": "total_count"})
    )


def test_a_style_the_mock_does_not_serve_is_named_with_the_ones_it_does():
    message = broken(lambda p, d: p.update({"style": "cursor"}))
    assert "style 'cursor' is not served" in message
    assert "'page-index' and 'page-token'" in message

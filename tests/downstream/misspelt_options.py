"""Deliberately wrong: tests/downstream/test_typing.py checks that mypy --strict and pyright in
strict mode refuse each marked line, as they would in a user's project (issue 20, D8)."""

from wechatpay_coupons import AsyncWechatPay, Client, WechatPay


def quicker(client: WechatPay, async_client: AsyncWechatPay, base: Client) -> None:
    client.with_options(timout=1.0)  # refused: misspelt
    async_client.with_options(max_retrys=0)  # refused: misspelt
    base.with_options(timout=1.0)  # refused: misspelt
    base.with_options(max_retries="2")  # refused: wrong type

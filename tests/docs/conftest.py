"""The README's world: its key files and environment, taken from the mock's demo world."""

import shutil

import pytest

import wechatpay_coupons


@pytest.fixture
def in_keys_dir(wechatpay_mock, tmp_path, monkeypatch):
    """The README's key files, taken from the mock's demo world; its base URL as 'production'."""
    world = wechatpay_mock.credentials
    (tmp_path / "keys").mkdir()
    shutil.copy(world.platform_public_key, tmp_path / "keys" / "wechatpay_public_key.pem")
    shutil.copy(world.merchant_private_key, tmp_path / "keys" / "apiclient_key.pem")
    shutil.copy(world.brand_private_key, tmp_path / "keys" / "brand_key.pem")
    shutil.copy(
        world.certificate_merchant_private_key,
        tmp_path / "keys" / "apiclient_key_certificate_merchant.pem",
    )
    monkeypatch.setenv("WECHATPAY_APIV3_KEY", world.apiv3_key)
    monkeypatch.setenv("WECHATPAY_BRAND_API_KEY", world.brand_api_key)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(wechatpay_coupons, "PRIMARY_BASE_URL", wechatpay_mock.base_url)
    return wechatpay_mock

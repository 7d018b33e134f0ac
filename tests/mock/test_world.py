"""The demo world's credentials and coupon ids are what the running mock really serves."""

import httpx

from wechatpay_auth import load_private_key


def test_credentials_name_files_that_hold_the_keys(wechatpay_mock):
    c = wechatpay_mock.credentials
    for path in (c.merchant_private_key, c.brand_private_key):
        load_private_key(path)  # raises on anything but a PEM private key
        assert path.stat().st_mode & 0o077 == 0, "private keys are readable by their owner only"
    assert c.public_key_id.startswith("PUB_KEY_ID_")
    assert "PRIVATE" not in repr(c) and "PRIVATE" not in repr(wechatpay_mock.settings)


def test_each_advertised_coupon_is_served(wechatpay_mock, merchant, brand):
    c = wechatpay_mock.credentials
    listed = merchant.get(
        f"/v3/marketing/busifavor/users/{c.openid}/coupons",
        params={"appid": c.appid, "stock_id": c.stock_id, "coupon_state": "SENDED", "limit": 100},
    ).json()
    assert {x["coupon_code"] for x in listed["data"]} == set(c.redeemable_coupon_codes)
    for code in c.redeemable_coupon_codes[:2]:
        redeemed = merchant.post(
            "/v3/marketing/busifavor/coupons/use",
            json={
                "coupon_code": code,
                "appid": c.appid,
                "use_time": "2026-03-02T12:30:00+08:00",
                "use_request_no": f"WORLD-{code}",
            },
        )
        assert redeemed.status_code == 200, redeemed.text
    favor = merchant.get(
        f"/v3/marketing/favor/users/{c.openid}/coupons/{c.favor_coupon_id}",
        params={"appid": c.appid},
    )
    assert favor.status_code == 200, favor.text
    product = brand.get(
        f"/brand/marketing/product-coupon/users/{c.brand_openid}/coupons/{c.brand_coupon_code}",
        params={
            "appid": c.appid,
            "product_coupon_id": c.product_coupon_id,
            "stock_id": c.brand_stock_id,
        },
        headers={"Wechatpay-Serial": c.public_key_id},
    )
    assert product.status_code == 200, product.text


def test_the_certificate_mode_merchant_is_served(wechatpay_mock):
    c = wechatpay_mock.credentials
    load_private_key(c.certificate_merchant_private_key)
    assert len(c.apiv3_key) == 32 and c.apiv3_key not in repr(c)
    with httpx.Client(
        base_url=wechatpay_mock.base_url, auth=wechatpay_mock.certificate_merchant_auth()
    ) as client:
        favor = client.get(
            f"/v3/marketing/favor/users/{c.openid}/coupons/{c.favor_coupon_id}",
            params={"appid": c.appid},
        )
        assert favor.status_code == 200, favor.text
        assert client.get("/v3/certificates").status_code == 200


def test_control_api_health_names_the_key_id(wechatpay_mock):
    health = httpx.get(f"{wechatpay_mock.base_url}/_mock/health").json()
    assert health == {
        "ok": True,
        "spec_version": health["spec_version"],
        "public_key_id": wechatpay_mock.credentials.public_key_id,
    }

"""Platform certificates: certificate mode, public-key mode and both; rotation; an independent
client's downloader (wechatpayv3) against the mock."""

import re

import httpx
import pytest
import wechatpayv3.core
from cryptography import x509
from wechatpayv3 import WeChatPay, WeChatPayType

from wechatpay_auth import SignatureVerificationError, WechatPayVerifier, load_certificate
from wechatpay_auth.primitives import decrypt_resource
from wechatpay_mock import ConfigError, load_settings
from wechatpay_mock.server import MockServer
from wechatpay_mock.spec import Spec

from .conftest import APPID, OPENID

SPEC = Spec.load()
DOWNLOAD = SPEC.by_id["downloadCertificates"]
CERTIFICATES = DOWNLOAD.path
FAVOR = f"/v3/marketing/favor/users/{OPENID}/coupons/9856888"


def decrypted(mock, listing):
    """The certificates a client gets from /v3/certificates, by the serial it is listed under."""
    found = {}
    for entry in listing["data"]:
        sealed = entry["encrypt_certificate"]
        pem = decrypt_resource(
            mock.credentials.apiv3_key,
            sealed["nonce"],
            sealed["ciphertext"],
            sealed["associated_data"],
        )
        found[entry["serial_no"]] = load_certificate(pem)
    return found


@pytest.fixture
def certificate_merchant(wechatpay_mock):
    with httpx.Client(
        base_url=wechatpay_mock.base_url, auth=wechatpay_mock.certificate_merchant_auth()
    ) as client:
        yield client


def test_certificate_mode_lists_certificates_encrypted_with_the_apiv3_key(
    wechatpay_mock, certificate_merchant
):
    response = certificate_merchant.get(CERTIFICATES)  # verified with the certificate
    assert response.status_code == 200, response.text
    (serial, certificate), *_ = decrypted(wechatpay_mock, response.json()).items()
    given = load_certificate(wechatpay_mock.credentials.platform_certificate)
    assert certificate == given and int(serial, 16) == given.serial_number
    entry = response.json()["data"][0]
    assert entry["encrypt_certificate"]["algorithm"] == "AEAD_AES_256_GCM"
    assert entry["expire_time"].startswith(f"{given.not_valid_after_utc.year}-")
    assert response.headers["Wechatpay-Serial"] == serial
    # Every answer to this merchant is signed by the certificate, errors included.
    assert certificate_merchant.get(FAVOR, params={"appid": APPID}).status_code == 200
    missing = certificate_merchant.get(FAVOR.replace("9856888", "1"), params={"appid": APPID})
    assert missing.status_code == 404 and missing.headers["Wechatpay-Serial"] == serial


def test_a_public_key_merchant_has_no_certificates(wechatpay_mock, merchant):
    response = merchant.get(CERTIFICATES)
    expected = DOWNLOAD.error("RESOURCE_NOT_EXISTS")
    assert (response.status_code, response.json()["code"]) == (expected.status, expected.code)
    assert response.json()["message"] == expected.message
    assert response.json()["message"].startswith(
        "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥"
    )
    assert response.headers["Wechatpay-Serial"] == wechatpay_mock.credentials.public_key_id


@pytest.mark.parametrize(("algorithm", "count"), [("RSA", 1), ("ALL", 1), ("SM2", 0)])
def test_algorithm_type(certificate_merchant, algorithm, count):
    response = certificate_merchant.get(CERTIFICATES, params={"algorithm_type": algorithm})
    assert len(response.json()["data"]) == count


def test_an_unknown_algorithm_type_is_a_param_error(certificate_merchant):
    response = certificate_merchant.get(CERTIFICATES, params={"algorithm_type": "DSA"})
    assert (response.status_code, response.json()["detail"]["field"]) == (400, "algorithm_type")


def test_a_failed_signature_is_answered_with_the_claimed_merchants_key(wechatpay_mock):
    # The mchid in a bad Authorization names a merchant in certificate mode: its 401 can be
    # verified with the certificate, as a client in that mode expects.
    auth = wechatpay_mock.certificate_merchant_auth()
    request = httpx.Request("GET", wechatpay_mock.base_url + CERTIFICATES)
    header = auth.authorization(request).replace('signature="', 'signature="AAAA')
    response = httpx.get(request.url, headers={"Authorization": header})
    assert response.status_code == 401
    wechatpay_mock.certificate_verifier().verify(response.headers, response.content)


def test_rotation_end_to_end(wechatpay_mock, certificate_merchant):
    first = certificate_merchant.get(CERTIFICATES).json()["data"][0]["serial_no"]
    added = wechatpay_mock.control("POST", "certificates")
    assert (added["listed"], added["signing"]) == (True, False)
    # Listed a day early: both are listed, the old one still signs.
    listing = certificate_merchant.get(CERTIFICATES)
    assert listing.headers["Wechatpay-Serial"] == first
    certificates = decrypted(wechatpay_mock, listing.json())
    assert list(certificates) == [first, added["serial_no"]]
    wechatpay_mock.control("POST", f"certificates/{added['serial_no']}/activate")
    # A client that trusts only the certificate it was given now refuses the answers ...
    with pytest.raises(SignatureVerificationError):
        certificate_merchant.get(FAVOR, params={"appid": APPID})
    # ... and one that trusts what /v3/certificates lists accepts them.
    refreshed = WechatPayVerifier(certificates=list(certificates.values()))
    with httpx.Client(
        base_url=wechatpay_mock.base_url,
        auth=wechatpay_mock.certificate_merchant_auth(refreshed),
    ) as client:
        answer = client.get(FAVOR, params={"appid": APPID})
        assert answer.headers["Wechatpay-Serial"] == added["serial_no"]
        still_listed = [e["serial_no"] for e in client.get(CERTIFICATES).json()["data"]]
        assert still_listed == [first, added["serial_no"]]
        refused = httpx.post(
            f"{wechatpay_mock.base_url}/_mock/certificates/{added['serial_no']}/expire"
        )
        assert refused.status_code == 400 and "activate another" in refused.json()["error"]
        wechatpay_mock.control("POST", f"certificates/{first.lower()}/expire")
        assert [e["serial_no"] for e in client.get(CERTIFICATES).json()["data"]] == [
            added["serial_no"]
        ]
    states = wechatpay_mock.control("GET", "certificates")["certificates"]
    assert [(c["listed"], c["signing"]) for c in states] == [(False, False), (True, True)]
    wechatpay_mock.reset()
    assert [
        c["serial_no"] for c in wechatpay_mock.control("GET", "certificates")["certificates"]
    ] == [first]


def test_control_errors_for_certificates(wechatpay_mock):
    base = f"{wechatpay_mock.base_url}/_mock/certificates"
    unknown = httpx.post(f"{base}/ABCDEF/activate")
    assert unknown.status_code == 400 and "no platform certificate" in unknown.json()["error"]
    added = httpx.post(base).json()["serial_no"]
    httpx.post(f"{base}/{added}/expire").raise_for_status()
    expired = httpx.post(f"{base}/{added}/activate")
    assert expired.status_code == 400 and "expired" in expired.json()["error"]


# --- both modes (a merchant migrating) ----------------------------------------------------------


@pytest.fixture
def both(tmp_path):
    """A world whose certificate-mode merchant is in both modes."""
    world = tmp_path / "world"
    MockServer(world)  # creates the demo world
    config = world / "mock.toml"
    config.write_text(config.read_text().replace('mode = "certificate"', 'mode = "both"'))
    with MockServer(world) as mock:
        yield mock


def test_both_modes_sign_with_the_key_the_request_names(both):
    c = both.credentials
    certificate = load_certificate(c.platform_certificate)
    serial = f"{certificate.serial_number:X}"
    trusting_both = WechatPayVerifier(
        public_keys={c.public_key_id: c.platform_public_key}, certificates=[certificate]
    )
    with httpx.Client(
        base_url=both.base_url, auth=both.certificate_merchant_auth(trusting_both)
    ) as client:
        # The auth plugin names the public key it holds in Wechatpay-Serial (as the SDKs do).
        named = client.get(FAVOR, params={"appid": APPID})
        assert named.headers["Wechatpay-Serial"] == c.public_key_id
        by_certificate = client.get(
            FAVOR, params={"appid": APPID}, headers={"Wechatpay-Serial": "0" + serial.lower()}
        )
        assert by_certificate.headers["Wechatpay-Serial"] == serial
    # A client that names nothing (an older one, in certificate mode) gets the certificate.
    with httpx.Client(base_url=both.base_url, auth=both.certificate_merchant_auth()) as client:
        assert client.get(FAVOR, params={"appid": APPID}).headers["Wechatpay-Serial"] == serial
        assert client.get(CERTIFICATES).status_code == 200


# --- mock.toml ----------------------------------------------------------------------------------


@pytest.fixture
def world(tmp_path):
    return MockServer(tmp_path / "world").credentials


def edit(world, old, new):
    config = world.data_dir / "mock.toml"
    text = config.read_text()
    assert old in text
    config.write_text(text.replace(old, new))
    return config


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('mode = "certificate"', 'mode = "certs"', "mode must be one of"),
        ('apiv3_key_file = "certificate_merchant_apiv3_key.txt"', "", "needs apiv3_key_file"),
        ("[[platform.certificates]]", "[[platform.spare]]", "needs [[platform.certificates]]"),
        (
            'private_key = "platform_certificate_private_key.pem"',
            'private_key = "platform_private_key.pem"',
            "is not the private key of",
        ),
    ],
)
def test_certificate_mode_configuration_errors(world, old, new, says):
    with pytest.raises(ConfigError, match=re.escape(says)):
        load_settings(edit(world, old, new))


def test_a_wrong_apiv3_key_is_described_not_shown(world):
    (world.data_dir / "certificate_merchant_apiv3_key.txt").write_text("short-secret-key\n")
    with pytest.raises(ConfigError, match="32 ASCII characters, not 16") as raised:
        load_settings(world.data_dir / "mock.toml")
    assert "short-secret-key" not in str(raised.value)


def test_the_apiv3_key_stays_out_of_reprs(world):
    assert world.apiv3_key and world.apiv3_key not in repr(world)
    settings = load_settings(world.data_dir / "mock.toml")
    assert world.apiv3_key not in repr(settings)
    assert (world.data_dir / "certificate_merchant_apiv3_key.txt").stat().st_mode & 0o077 == 0


# --- an independent client: wechatpayv3's own certificate downloader ------------------------------


@pytest.fixture
def wechatpayv3_at(monkeypatch):
    """wechatpayv3 as shipped, pointed at the mock. Its gateway is a constant set in the
    constructor, which downloads the certificates at once, so it is changed just before."""

    def connect(mock, cert_dir=None):
        class AtTheMock(wechatpayv3.core.Core):
            def _init_certificates(self):
                self._gate_way = mock.base_url
                super()._init_certificates()

        monkeypatch.setattr(wechatpayv3.core, "Core", AtTheMock)
        c = mock.credentials
        return WeChatPay(
            wechatpay_type=WeChatPayType.NATIVE,
            mchid=c.certificate_mchid,
            private_key=c.certificate_merchant_private_key.read_text(),
            cert_serial_no=c.certificate_merchant_serial_no,
            appid=c.appid,
            apiv3_key=c.apiv3_key,
            cert_dir=cert_dir,
        )

    return connect


def test_wechatpayv3_downloads_and_trusts_the_mock_certificates(
    wechatpay_mock, wechatpayv3_at, tmp_path
):
    pay = wechatpayv3_at(wechatpay_mock, cert_dir=str(tmp_path / "certs"))
    given = load_certificate(wechatpay_mock.credentials.platform_certificate)
    assert [c.serial_number for c in pay._core._certificates] == [given.serial_number]
    # It saved what it decrypted, under the listed serial.
    saved = x509.load_pem_x509_certificate(
        (tmp_path / "certs" / f"{given.serial_number:X}.pem").read_bytes()
    )
    assert saved == given
    # Its requests are verified with the certificate it downloaded (it raises otherwise).
    code, body = pay._core.request(f"{FAVOR}?appid={APPID}")
    assert code == 200 and '"coupon_id":"9856888"' in body


def test_wechatpayv3_follows_a_rotation(wechatpay_mock, wechatpayv3_at):
    pay = wechatpayv3_at(wechatpay_mock)
    added = wechatpay_mock.control("POST", "certificates")["serial_no"]
    wechatpay_mock.control("POST", f"certificates/{added}/activate")
    wechatpay_mock.control("DELETE", "journal")
    # An unknown Wechatpay-Serial makes it download again, then verify with the new certificate.
    code, _ = pay._core.request(f"{FAVOR}?appid={APPID}")
    assert code == 200
    assert [e["operation"] for e in wechatpay_mock.journal()] == [
        "queryFavorCoupon",
        "downloadCertificates",
    ]
    assert int(added, 16) in {c.serial_number for c in pay._core._certificates}


def test_wechatpayv3_refuses_a_corrupted_answer(wechatpay_mock, wechatpayv3_at):
    pay = wechatpayv3_at(wechatpay_mock)
    wechatpay_mock.arm_fault("corrupt_signature", operation="queryFavorCoupon")
    with pytest.raises(Exception, match="failed to verify"):
        pay._core.request(f"{FAVOR}?appid={APPID}")

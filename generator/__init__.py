"""Regenerates ``generated/wechatpay_coupons`` from ``spec/wechatpay-coupons.yaml``.

``python -m generator`` writes the package; ``python -m generator --check`` fails when the
committed package is not exactly what the spec produces.
"""

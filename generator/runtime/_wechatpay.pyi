# The types of the module the generator renders from the spec (templates/extra/_wechatpay.py.jinja),
# as far as the runtime imports it. Not copied into the package; tests/codegen/test_runtime.py
# checks it against the rendered module.
class WechatPay: ...
class AsyncWechatPay: ...

ENVIRONMENT: dict[str, str]

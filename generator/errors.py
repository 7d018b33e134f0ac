"""The generator's one exception: what went wrong, in words a spec author can act on."""


class GenerationError(Exception):
    pass

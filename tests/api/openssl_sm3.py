"""SM3 (GB/T 32905-2016) from OpenSSL for the tests: Python's hashlib when it is built
with OpenSSL's SM3, else the `openssl dgst -sm3` command. Without either, sm3() raises —
a test that needs SM3 fails rather than skipping its check."""
import hashlib
import shutil
import subprocess


def cli_sm3(data):
    out = subprocess.run(["openssl", "dgst", "-sm3", "-binary"], input=bytes(data), capture_output=True, check=True)
    return out.stdout


def _hashlib_sm3(data):
    return hashlib.new("sm3", bytes(data)).digest()


def _pick():
    try:
        hashlib.new("sm3")
        return _hashlib_sm3, "hashlib (OpenSSL)"
    except ValueError:
        pass
    if shutil.which("openssl"):
        return cli_sm3, "openssl dgst -sm3"
    return None, None


_SM3, SOURCE = _pick()


def sm3(data):
    """The 32-byte SM3 digest of `data` (bytes, or str as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if _SM3 is None:
        raise RuntimeError("SM3 needs OpenSSL: Python's hashlib has no sm3 and there is no openssl command")
    d = _SM3(data)
    if len(d) != 32:
        raise RuntimeError(f"SM3 from {SOURCE} gave {len(d)} bytes")
    return d


def sm3_hex(data):
    return sm3(data).hex()

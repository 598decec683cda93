#!/usr/bin/python3
"""The other implementation in the cross-implementation tests: Debian's python3-jwt (PyJWT).

  pyjwt_peer.py sign   ALG KEY_FILE KID PAYLOAD_JSON [HEADER_JSON]  -> prints the token
  pyjwt_peer.py verify ALG KEY_FILE TOKEN NOW                       -> prints "ok" or the error class

KEY_FILE holds the HS256 secret (its text is the HMAC key, as integrators pass it) or a PEM key.
NOW is the Unix time the check pretends it is: PyJWT reads the system clock, so the difference
goes into its leeway. PyJWT only checks exp > now; Engage's one-hour minimum is not its concern.
"""
import json
import sys
import time

import jwt


def read_key(path):
    with open(path, "rb") as handle:
        return handle.read().decode()


def main(argv):
    command, alg, key_file = argv[1], argv[2], argv[3]
    key = read_key(key_file)
    if command == "sign":
        kid, payload = argv[4], json.loads(argv[5])
        headers = {"kid": kid, "typ": "JWT"}
        if len(argv) > 6:
            headers.update(json.loads(argv[6]))
        print(jwt.encode(payload, key, algorithm=alg, headers=headers))
        return 0
    if command == "verify":
        token, now = argv[4], int(argv[5])
        # PyJWT reads the clock in whole seconds: the leeway shifts it to NOW. When the second
        # changes between the two readings the shift is off by one, so decode again.
        while True:
            second = int(time.time())
            try:
                jwt.decode(token, key, algorithms=[alg], leeway=second - now,
                           options={"require": ["exp"]})
                verdict = "ok"
            except jwt.PyJWTError as error:
                verdict = type(error).__name__
            if int(time.time()) == second:
                print(verdict)
                return 0
    print("unknown command", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

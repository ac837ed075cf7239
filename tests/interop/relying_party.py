#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
"""Keyward's tokens as independent libraries see them.

Starts `keyward serve` on a fresh SQLite store with the given algorithm, an
issuer and an audience, then acts as an integrator would:
  * an OAuth 2.0 client (requests-oauthlib's BackendApplicationClient) gets
    tokens by the client-credentials grant, whole and narrowed by scope;
  * a relying party verifies them: with PyJWT's PyJWKClient against the JWKS,
    pinning algorithm, issuer and audience (ES256, EdDSA, RS256), or through
    RFC 7662 introspection (HS256, and for every algorithm the revocation a
    signature cannot tell);
  * a v1 API-key JWT is refused where an access token is expected.
Exits non-zero with a message on the first thing that does not hold.
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

import jwt
import requests
from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

AUDIENCE = "https://api.example.com"
# oauthlib insists on https; the test talks to loopback, where TLS would add
# nothing (in production Keyward sits behind a TLS proxy, see packaging/nginx).
os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Keyward:
    def __init__(self, binary, algorithm, directory):
        self.binary = binary
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ,
                        HOME=directory,
                        KEYWARD_DB=os.path.join(directory, "keyward.sqlite"),
                        KEYWARD_MASTER_KEY="a" * 64,
                        KEYWARD_JWT_ALG=algorithm,
                        KEYWARD_ISSUER=self.base,
                        KEYWARD_AUDIENCE=AUDIENCE,
                        KEYWARD_ADMIN_EMAIL="admin@example.com",
                        KEYWARD_ADMIN_PASSWORD="interop-password",
                        QT_LOGGING_RULES="keyward.access.info=false")
        self.server = None

    def cli(self, *arguments):
        run = subprocess.run([self.binary, *arguments], env=self.env, capture_output=True,
                             text=True, timeout=60)
        check(run.returncode == 0, f"keyward {' '.join(arguments)}: {run.stderr}")
        return run.stdout

    def key(self, name, *permissions):
        arguments = ["key", "create", "--json", "--name", name]
        for permission in permissions:
            arguments += ["--permission", permission]
        created = json.loads(self.cli(*arguments))
        return str(created["id"]), created["key"]

    def serve(self):
        self.server = subprocess.Popen([self.binary, "serve", "--port", str(self.port)],
                                       env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        fail("keyward serve did not answer /healthz")

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=30)


def oauth_client(keyward, client_id, secret, scope=None):
    """The client-credentials grant as requests-oauthlib performs it."""
    metadata = requests.get(keyward.base + "/.well-known/oauth-authorization-server").json()
    check(metadata["issuer"] == keyward.base, f"metadata issuer {metadata['issuer']}")
    check(metadata["token_endpoint"] == keyward.base + "/oauth2/token", "token endpoint")
    session = OAuth2Session(client=BackendApplicationClient(client_id=client_id, scope=scope))
    token = session.fetch_token(token_url=metadata["token_endpoint"], client_id=client_id,
                                client_secret=secret)
    check(token["token_type"] == "Bearer", f"token_type {token['token_type']}")
    check(token["expires_in"] == 3600, f"expires_in {token['expires_in']}")
    return token


def verify_offline(keyward, algorithm, access_token):
    """What a relying party with PyJWT does: JWKS, pinned alg, iss and aud."""
    jwks = jwt.PyJWKClient(keyward.base + "/.well-known/jwks.json")
    signing_key = jwks.get_signing_key_from_jwt(access_token)
    return jwt.decode(access_token, signing_key.key, algorithms=[algorithm],
                      issuer=keyward.base, audience=AUDIENCE)


def introspect(keyward, introspector, token):
    client_id, secret = introspector
    reply = requests.post(keyward.base + "/oauth2/introspect", data={"token": token},
                          auth=(client_id, secret))
    check(reply.status_code == 200, f"introspection answered {reply.status_code}: {reply.text}")
    return reply.json()


def v1_key_jwt(keyward):
    login = requests.post(keyward.base + "/api/auth/login",
                          json={"email": "admin@example.com", "password": "interop-password"})
    check(login.status_code == 200, f"login answered {login.status_code}: {login.text}")
    user_token = login.json()["data"]["token"]
    created = requests.post(keyward.base + "/api/v1/apikey", json={"label": "interop"},
                            headers={"Authorization": f"Bearer {user_token}"})
    check(created.status_code == 200, f"the v1 API create answered {created.status_code}")
    return created.json()["apiKey"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--alg", required=True, choices=["HS256", "ES256", "EdDSA", "RS256"])
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        keyward = Keyward(arguments.binary, arguments.alg, directory)
        client = keyward.key("billing", "token:generate", "read", "write")
        introspector = keyward.key("gateway", "token:introspect")
        keyward.serve()
        try:
            run(keyward, arguments.alg, client, introspector)
        finally:
            keyward.stop()
    print(f"ok: {arguments.alg}")


def run(keyward, algorithm, client, introspector):
    whole = oauth_client(keyward, *client)
    check(whole["scope"] == ["read", "write"], f"scope {whole['scope']}")
    narrowed = oauth_client(keyward, *client, scope=["read"])
    check(narrowed["scope"] == ["read"], f"narrowed scope {narrowed['scope']}")

    if algorithm == "HS256":
        keys = requests.get(keyward.base + "/.well-known/jwks.json").json()["keys"]
        check(keys == [], "an HS256 JWKS publishes nothing")
    else:
        claims = verify_offline(keyward, algorithm, narrowed["access_token"])
        check(claims["sub"] == f"key:{client[0]}", f"sub {claims['sub']}")
        check(claims["scope"] == "read", f"claims scope {claims['scope']}")
        # A pinned audience refuses a token meant for someone else.
        try:
            jwks = jwt.PyJWKClient(keyward.base + "/.well-known/jwks.json")
            jwt.decode(narrowed["access_token"],
                       jwks.get_signing_key_from_jwt(narrowed["access_token"]).key,
                       algorithms=[algorithm], issuer=keyward.base,
                       audience="https://other.example.com")
            fail("a token for another audience was accepted")
        except jwt.InvalidAudienceError:
            pass

    # A v1 API key is a JWT of the same signer, but no access token.
    key_jwt = v1_key_jwt(keyward)
    check(jwt.get_unverified_header(key_jwt)["typ"] == "apikey+jwt", "key JWT typ")
    if algorithm != "HS256":
        try:
            verify_offline(keyward, algorithm, key_jwt)
            fail("a v1 API key passed as an access token")
        except jwt.MissingRequiredClaimError as error:
            check(error.claim == "aud", f"refused for {error.claim}")

    # Introspection: the claims while in force, inactive at once after the
    # key is disabled by another process (the CLI on the same store).
    active = introspect(keyward, introspector, whole["access_token"])
    check(active["active"] is True, f"introspection: {active}")
    check(active["iss"] == keyward.base and active["aud"] == AUDIENCE, f"iss/aud {active}")
    check(active["client_id"] == client[0], f"client_id {active}")
    check(introspect(keyward, introspector, key_jwt)["active"] is True, "key JWT in force")
    keyward.cli("key", "disable", client[0])
    deadline = time.monotonic() + 5
    while introspect(keyward, introspector, whole["access_token"])["active"]:
        check(time.monotonic() < deadline, "a disabled key's token still active after 5 s")
        time.sleep(0.05)
    check(introspect(keyward, introspector, whole["access_token"]) == {"active": False},
          "inactive says nothing more")


if __name__ == "__main__":
    main()

#include "kit/signing_code.h"

namespace engage {

namespace {

// The code of each language, written once for both algorithms where the library signs both
// alike, with @KID@ for the key ID, @TTL@ for the lifetime and @ENV@ for the variable that
// holds the secret or names the private key file. Key IDs are [a-z0-9_]+ (a key with errors
// gets no kit), so they go into string literals as they are.

const char* const nodeHs256 = R"js(const jwt = require("jsonwebtoken");

const ENGAGE_KEY_ID = "@KID@";
const TOKEN_LIFETIME_SECONDS = @TTL@;

function engageSignedIdentity(identity) {
  return jwt.sign(identity, process.env.@ENV@, {
    algorithm: "HS256",
    keyid: ENGAGE_KEY_ID,
    expiresIn: TOKEN_LIFETIME_SECONDS,
  });
}
)js";

const char* const nodeRs256 = R"js(const fs = require("fs");
const jwt = require("jsonwebtoken");

const ENGAGE_KEY_ID = "@KID@";
const TOKEN_LIFETIME_SECONDS = @TTL@;
const privateKey = fs.readFileSync(process.env.@ENV@);

function engageSignedIdentity(identity) {
  return jwt.sign(identity, privateKey, {
    algorithm: "RS256",
    keyid: ENGAGE_KEY_ID,
    expiresIn: TOKEN_LIFETIME_SECONDS,
  });
}
)js";

const char* const pythonHs256 = R"py(import os
import time

import jwt

ENGAGE_KEY_ID = "@KID@"
TOKEN_LIFETIME_SECONDS = @TTL@


def engage_signed_identity(identity):
    payload = {**identity, "exp": int(time.time()) + TOKEN_LIFETIME_SECONDS}
    return jwt.encode(payload, os.environ["@ENV@"], algorithm="HS256",
                      headers={"typ": "JWT", "kid": ENGAGE_KEY_ID})
)py";

const char* const pythonRs256 = R"py(import os
import time

import jwt

ENGAGE_KEY_ID = "@KID@"
TOKEN_LIFETIME_SECONDS = @TTL@

with open(os.environ["@ENV@"], "rb") as key_file:
    PRIVATE_KEY = key_file.read()


def engage_signed_identity(identity):
    payload = {**identity, "exp": int(time.time()) + TOKEN_LIFETIME_SECONDS}
    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256",
                      headers={"typ": "JWT", "kid": ENGAGE_KEY_ID})
)py";

const char* const phpHs256 = R"php(<?php
const ENGAGE_KEY_ID = '@KID@';
const TOKEN_LIFETIME_SECONDS = @TTL@;

function engage_base64url(string $bytes): string
{
    return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
}

function engage_signed_identity(array $identity): string
{
    $header = ['typ' => 'JWT', 'alg' => 'HS256', 'kid' => ENGAGE_KEY_ID];
    $payload = array_merge($identity, ['exp' => time() + TOKEN_LIFETIME_SECONDS]);
    $signingInput = engage_base64url(json_encode($header, JSON_THROW_ON_ERROR)) . '.'
        . engage_base64url(json_encode($payload, JSON_THROW_ON_ERROR));
    $signature = hash_hmac('sha256', $signingInput, getenv('@ENV@'), true);
    return $signingInput . '.' . engage_base64url($signature);
}
)php";

const char* const phpRs256 = R"php(<?php
use Firebase\JWT\JWT;

const ENGAGE_KEY_ID = '@KID@';
const TOKEN_LIFETIME_SECONDS = @TTL@;

function engage_signed_identity(array $identity): string
{
    $privateKey = file_get_contents(getenv('@ENV@'));
    $payload = array_merge($identity, ['exp' => time() + TOKEN_LIFETIME_SECONDS]);
    return JWT::encode($payload, $privateKey, 'RS256', ENGAGE_KEY_ID);
}
)php";

const char* const javaHs256 = R"java(import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class EngageSignedIdentity {
    private static final String KEY_ID = "@KID@";
    private static final long TOKEN_LIFETIME_SECONDS = @TTL@;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static String sign(Map<String, ?> identity) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "JWT");
        header.put("alg", "HS256");
        header.put("kid", KEY_ID);
        Map<String, Object> payload = new LinkedHashMap<>(identity);
        payload.put("exp", Instant.now().getEpochSecond() + TOKEN_LIFETIME_SECONDS);

        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64url.encodeToString(JSON.writeValueAsBytes(header)) + "."
                + base64url.encodeToString(JSON.writeValueAsBytes(payload));
        byte[] secret = System.getenv("@ENV@").getBytes(StandardCharsets.UTF_8);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] signature = hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64url.encodeToString(signature);
    }
}
)java";

const char* const javaRs256 = R"java(import io.jsonwebtoken.Jwts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

public final class EngageSignedIdentity {
    private static final String KEY_ID = "@KID@";
    private static final long TOKEN_LIFETIME_SECONDS = @TTL@;

    public static String sign(Map<String, ?> identity) throws Exception {
        return Jwts.builder()
                .header().type("JWT").keyId(KEY_ID).and()
                .claims(identity)
                .expiration(Date.from(Instant.now().plusSeconds(TOKEN_LIFETIME_SECONDS)))
                .signWith(privateKey(), Jwts.SIG.RS256)
                .compact();
    }

    private static PrivateKey privateKey() throws Exception {
        String pem = Files.readString(Path.of(System.getenv("@ENV@")));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PKCS8EncodedKeySpec der = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64));
        return KeyFactory.getInstance("RSA").generatePrivate(der);
    }
}
)java";

const char* const csharpHs256 = R"cs(using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

public static class EngageSignedIdentity
{
    private const string KeyId = "@KID@";
    private const int TokenLifetimeSeconds = @TTL@;

    public static string Sign(IDictionary<string, object> identity)
    {
        var header = new Dictionary<string, object>
        {
            ["typ"] = "JWT",
            ["alg"] = "HS256",
            ["kid"] = KeyId,
        };
        var payload = new Dictionary<string, object>(identity)
        {
            ["exp"] = DateTimeOffset.UtcNow.AddSeconds(TokenLifetimeSeconds).ToUnixTimeSeconds(),
        };
        string signingInput = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(header))
            + "." + Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        byte[] secret = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("@ENV@")!);
        byte[] signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }
}
)cs";

const char* const csharpRs256 = R"cs(using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.IO;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

public static class EngageSignedIdentity
{
    private const string KeyId = "@KID@";
    private const int TokenLifetimeSeconds = @TTL@;

    private static readonly RsaSecurityKey SigningKey = LoadSigningKey();

    public static string Sign(IDictionary<string, object> identity)
    {
        var header = new JwtHeader(new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256));
        var payload = new JwtPayload();
        foreach (var (name, value) in identity)
            payload[name] = value;
        payload["exp"] = DateTimeOffset.UtcNow.AddSeconds(TokenLifetimeSeconds).ToUnixTimeSeconds();
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
    }

    private static RsaSecurityKey LoadSigningKey()
    {
        RSA rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Environment.GetEnvironmentVariable("@ENV@")!));
        return new RsaSecurityKey(rsa) { KeyId = KeyId };
    }
}
)cs";

const char* const goCode = R"go(package engage

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const engageKeyID = "@KID@"
const tokenLifetime = @TTL@ * time.Second

func EngageSignedIdentity(identity map[string]any) (string, error) {
	claims := jwt.MapClaims{}
	for name, value := range identity {
		claims[name] = value
	}
	claims["exp"] = time.Now().Add(tokenLifetime).Unix()
	token := jwt.NewWithClaims(jwt.SigningMethod@ALG@, claims)
	token.Header["kid"] = engageKeyID
@KEY@}
)go";

const char* const goHs256Key = R"go(	return token.SignedString([]byte(os.Getenv("@ENV@")))
)go";

const char* const goRs256Key = R"go(	pem, err := os.ReadFile(os.Getenv("@ENV@"))
	if err != nil {
		return "", err
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pem)
	if err != nil {
		return "", err
	}
	return token.SignedString(key)
)go";

const char* const rubyCode = R"rb(require "jwt"
@REQUIRE@
ENGAGE_KEY_ID = "@KID@"
TOKEN_LIFETIME_SECONDS = @TTL@

def engage_signed_identity(identity)
  payload = identity.merge("exp" => Time.now.to_i + TOKEN_LIFETIME_SECONDS)
  JWT.encode(payload, @KEY@, "@ALG@", { "typ" => "JWT", "kid" => ENGAGE_KEY_ID })
end
)rb";

QString filled(const char* code, const QString& keyId, const QString& algorithm,
               const QString& variable)
{
    return QString::fromLatin1(code)
        .replace(QLatin1String("@KID@"), keyId)
        .replace(QLatin1String("@TTL@"), QString::number(kitTokenLifetimeSeconds))
        .replace(QLatin1String("@ALG@"), algorithm)
        .replace(QLatin1String("@ENV@"), variable);
}

} // namespace

QList<SigningCode> SigningCodeCatalogue::forKey(const QString& keyId, const QString& algorithm)
{
    const bool hmac = algorithm == JwtAlgorithm::hs256;
    const QString variable = hmac ? kitSecretVariable : kitPrivateKeyFileVariable;
    const auto code = [&](const char* hs256, const char* rs256) {
        return filled(hmac ? hs256 : rs256, keyId, algorithm, variable);
    };
    const QString reads =
        hmac ? tr("It reads the secret from the environment variable %1.").arg(variable)
             : tr("It reads the private key from the PEM file that the environment variable %1 "
                  "names.")
                   .arg(variable);
    // RFC 7518 §3.2 asks HS256 keys of 256 bits at least; Engage's secrets are 24 characters
    // (192 bits), and these three libraries enforce the RFC when signing.
    const auto refusesShortSecret = [](const QString& library) {
        return tr("%1 refuses HMAC keys shorter than 256 bits, and Engage's secrets are 24 "
                  "characters (192 bits): this code signs with the platform's own HMAC-SHA256 "
                  "instead, which gives the same token. An RS256 key avoids the question.")
            .arg(library);
    };

    QList<SigningCode> catalogue;
    catalogue.append({QStringLiteral("Node.js"), QStringLiteral("jsonwebtoken 9"),
                      QStringLiteral("npm install jsonwebtoken"),
                      tr("engageSignedIdentity(identity) returns the token; jsonwebtoken adds "
                         "\"iat\" and sets \"exp\" from expiresIn.") +
                          QLatin1Char(' ') + reads,
                      QStringLiteral("javascript"), code(nodeHs256, nodeRs256)});
    catalogue.append({QStringLiteral("Python"), QStringLiteral("PyJWT 2"),
                      hmac ? QStringLiteral("pip install PyJWT")
                           : QStringLiteral("pip install \"PyJWT[crypto]\""),
                      tr("engage_signed_identity(identity) takes a dict and returns the token.") +
                          QLatin1Char(' ') + reads,
                      QStringLiteral("python"), code(pythonHs256, pythonRs256)});
    catalogue.append(
        {QStringLiteral("PHP"),
         hmac ? tr("PHP's hash_hmac (firebase/php-jwt 7 refuses the key)")
              : QStringLiteral("firebase/php-jwt 7"),
         hmac ? tr("nothing, PHP's hash_hmac is built in")
              : QStringLiteral("composer require firebase/php-jwt"),
         tr("engage_signed_identity($identity) takes an array and returns the token.") +
             QLatin1Char(' ') + reads +
             (hmac ? QLatin1Char(' ') + refusesShortSecret(QStringLiteral("firebase/php-jwt 7"))
                   : QString()),
         QStringLiteral("php"), code(phpHs256, phpRs256)});
    catalogue.append(
        {QStringLiteral("Java"),
         hmac ? tr("javax.crypto.Mac and Jackson (jjwt refuses the key)")
              : QStringLiteral("jjwt 0.12"),
         hmac ? QStringLiteral("com.fasterxml.jackson.core:jackson-databind")
              : QStringLiteral("io.jsonwebtoken:jjwt-api, io.jsonwebtoken:jjwt-impl, "
                               "io.jsonwebtoken:jjwt-jackson (0.12 or later)"),
         tr("EngageSignedIdentity.sign(identity) takes a Map and returns the token.") +
             QLatin1Char(' ') + reads +
             (hmac ? QLatin1Char(' ') + refusesShortSecret(QStringLiteral("jjwt"))
                   : QLatin1Char(' ') + tr("The key file must be PKCS #8 (\"BEGIN PRIVATE "
                                           "KEY\"); openssl pkcs8 -topk8 -nocrypt converts "
                                           "another.")),
         QStringLiteral("java"), code(javaHs256, javaRs256)});
    catalogue.append(
        {QStringLiteral("C#"),
         hmac ? tr("HMACSHA256 and Microsoft.IdentityModel.Tokens' Base64UrlEncoder "
                   "(System.IdentityModel.Tokens.Jwt refuses the key)")
              : QStringLiteral("System.IdentityModel.Tokens.Jwt 8"),
         hmac ? QStringLiteral("dotnet add package Microsoft.IdentityModel.Tokens")
              : QStringLiteral("dotnet add package System.IdentityModel.Tokens.Jwt"),
         tr("EngageSignedIdentity.Sign(identity) takes a dictionary and returns the token "
            "(.NET 6 or later).") +
             QLatin1Char(' ') + reads +
             (hmac ? QLatin1Char(' ') +
                         refusesShortSecret(QStringLiteral("System.IdentityModel.Tokens.Jwt"))
                   : QString()),
         QStringLiteral("csharp"), code(csharpHs256, csharpRs256)});
    catalogue.append({QStringLiteral("Go"), QStringLiteral("golang-jwt v5"),
                      QStringLiteral("go get github.com/golang-jwt/jwt/v5"),
                      tr("EngageSignedIdentity(identity) takes a map and returns the token.") +
                          QLatin1Char(' ') + reads,
                      QStringLiteral("go"),
                      filled(goCode, keyId, algorithm, variable)
                          .replace(QLatin1String("@KEY@"), filled(hmac ? goHs256Key : goRs256Key,
                                                                  keyId, algorithm, variable))});
    catalogue.append(
        {QStringLiteral("Ruby"), QStringLiteral("ruby-jwt 3"), QStringLiteral("gem install jwt"),
         tr("engage_signed_identity(identity) takes a Hash with string keys and returns the "
            "token.") +
             QLatin1Char(' ') + reads,
         QStringLiteral("ruby"),
         filled(rubyCode, keyId, algorithm, variable)
             .replace(QLatin1String("@REQUIRE@"),
                      hmac ? QString() : QStringLiteral("require \"openssl\"\n"))
             .replace(QLatin1String("@KEY@"),
                      hmac ? QStringLiteral("ENV.fetch(\"%1\")").arg(variable)
                           : QStringLiteral("OpenSSL::PKey::RSA.new(File.read(ENV.fetch(\"%1\")))")
                                 .arg(variable))});
    return catalogue;
}

} // namespace engage

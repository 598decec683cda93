#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// RSA public keys built byte by byte, for the keys that no tool will make: an exponent of 1, an
// even modulus, a negative number. Integers are DER INTEGERs; see derInteger.

// A DER INTEGER of these content octets, taken as they are (big-endian two's complement):
// "\xfd" is -3.
QByteArray derInteger(QByteArrayView contentOctets);
// A DER INTEGER of this non-negative big-endian magnitude (a 0x00 is prepended when needed).
QByteArray derUnsignedInteger(QByteArrayView magnitude);

// "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo, rsaEncryption) or, with pkcs1, "BEGIN RSA PUBLIC
// KEY" PEM of RSAPublicKey { modulus, publicExponent }.
QByteArray handMadeRsaPublicKey(const QByteArray& modulus, const QByteArray& exponent,
                                bool pkcs1 = false);
// "BEGIN PUBLIC KEY" PEM of a SubjectPublicKeyInfo of this AlgorithmIdentifier (its DER) whose
// BIT STRING holds these bytes, each taken as it is.
QByteArray handMadeSpki(const QByteArray& algorithm, const QByteArray& subjectPublicKey);
// The DER RSAPublicKey { modulus, publicExponent }, the content of an RSA key's BIT STRING.
QByteArray rsaPublicKeyDer(const QByteArray& modulus, const QByteArray& exponent);

// An odd modulus of this many bits, its bytes 0xc5 below the leading one: no product of two
// primes anyone knows, but nothing a verifier can tell from a real one.
QByteArray oddModulus(int bits);
// The usual public exponent, 65537.
QByteArray exponent65537();
// The Mersenne prime 2^2203 - 1: as a modulus, its private exponent is e^-1 mod (2^2203 - 2).
QByteArray primeModulus();
constexpr int primeModulusBits = 2203;

// What an RSA key of exponent 1 takes for a valid RS256 signature of the signing input: the
// EMSA-PKCS1-v1_5 encoding of its SHA-256 (RFC 8017 §9.2), made without any private key.
QByteArray forgedRs256Signature(QByteArrayView signingInput, int modulusBits);
// The same for the key { primeModulus(), 65537 }: that encoding raised to the private exponent,
// which anyone computes from a prime modulus.
QByteArray forgedRs256SignatureForPrimeModulus(QByteArrayView signingInput);

// Every family of RSA public key that the core calls unusable, with the problem it reports.
struct DegenerateRsaKey
{
    const char* name;
    QByteArray pem;
    int modulusBits; // as PemKeyInspection reports it
    QString problem; // PemKeyInspection::problem
};
QList<DegenerateRsaKey> degenerateRsaKeys();

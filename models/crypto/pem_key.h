#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

// Forward declaration, as OpenSSL's own <openssl/types.h> has it, so that code above the
// core (the widgets) sees no OpenSSL header through this one.
typedef struct evp_pkey_st EVP_PKEY;

namespace engage {

// What a piece of PEM text pasted as an "RS256 public key" turns out to be. Administrators
// paste whatever their security team sent them; each case gets its own diagnostic.
enum class PemKeyKind {
    Invalid,              // no PEM block, a damaged block, or a PEM type that is no key at all
    RsaPublicKey,         // BEGIN PUBLIC KEY holding RSA, or BEGIN RSA PUBLIC KEY (PKCS#1)
    UnusableRsaPublicKey, // an RSA public key no honest signer made or no verifier can use
    OtherPublicKey,       // a well-formed public key of another type (EC, Ed25519, DSA, ...)
    PrivateKey,           // any private key: PKCS#8, encrypted PKCS#8, PKCS#1, SEC1, OpenSSH, ...
    Certificate,          // an X.509 certificate (BEGIN CERTIFICATE)
};

enum class RsaPublicKeyEncoding { SubjectPublicKeyInfo, Pkcs1 };

struct PemKeyInspection
{
    PemKeyKind kind = PemKeyKind::Invalid;
    // RsaPublicKey only.
    RsaPublicKeyEncoding encoding = RsaPublicKeyEncoding::SubjectPublicKeyInfo;
    // RSA modulus size in bits: RsaPublicKey, UnusableRsaPublicKey (0 when the modulus is not
    // positive or not known: DER that is not strict), and Certificate when its key is RSA.
    int modulusBits = 0;
    // "RSA", "EC", "ED25519", ...: OtherPublicKey, and Certificate / PrivateKey when known.
    QString keyTypeName;
    // Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo: RsaPublicKey, OtherPublicKey,
    // Certificate (of its public key). Equal keys have equal fingerprints whatever the PEM form.
    QString sha256Fingerprint;
    // The public key as "BEGIN PUBLIC KEY" PEM: RsaPublicKey, OtherPublicKey, Certificate.
    // Lets the application import the key inside a certificate after saying so.
    QByteArray publicKeyPem;
    // PrivateKey only: the block is encrypted (passphrase-protected).
    bool privateKeyEncrypted = false;
    // Invalid and UnusableRsaPublicKey: a translated reason, to follow "This is not a usable
    // PEM public key: " in a sentence; it never quotes key material.
    QString problem;
    // RsaPublicKey only: the parsed key, ready for signature verification. Never set for an
    // unusable key, so that nothing can verify (or be fooled) with it.
    std::shared_ptr<EVP_PKEY> publicKey;
};

// True when the text holds private key material, whatever else it holds: a PEM private key
// block of any label (PRIVATE KEY, RSA/EC/DSA/OPENSSH/ENCRYPTED PRIVATE KEY, ...), even damaged,
// a PuTTY key file (.ppk) or an SSH2 (RFC 4716) private key. Exactly the texts inspectPemKey
// classifies as PrivateKey, of any size: the one rule for what is never written anywhere.
// Only whole lines count, so a public key next to a sentence that mentions a BEGIN line is no
// private key.
bool holdsPrivateKey(QByteArrayView text);
bool holdsPrivateKey(QStringView text);

// Classifies PEM text. If any block in the text is a private key the answer is PrivateKey,
// so that a private key pasted next to a public one is never accepted silently. Otherwise the
// text must hold exactly one PEM block, without RFC 1421 header lines: with two, which one
// was meant is unknown. Text around the block (an e-mail's words) is ignored.
// Never reads files, never logs; key material does not appear in `problem`.
PemKeyInspection inspectPemKey(QByteArrayView pemText);

// A key type as `keyTypeName` gives it ("EC", "ED25519", ...) as a translated noun phrase with
// its article: "an EC key", "an Ed25519 key", "a DSA key".
QString keyTypePhrase(const QString& keyTypeName);

} // namespace engage

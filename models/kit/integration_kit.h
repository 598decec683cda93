#pragma once

#include "config/community_config.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// How long the kit's code makes a token live, and the least Engage takes (docs/file-format.md, the
// community page of the Engage documentation: "at least 1 hour in the future").
inline constexpr qint64 kitTokenLifetimeSeconds = 7200;
inline constexpr qint64 kitShortestLifetimeSeconds = 3600;

// The environment variables the kit's code reads the key from: the HS256 secret itself, or
// the path of the PEM file holding the RS256 private key.
inline const QString kitSecretVariable = QStringLiteral("ENGAGE_JWT_SECRET");
inline const QString kitPrivateKeyFileVariable = QStringLiteral("ENGAGE_JWT_PRIVATE_KEY_FILE");

// One language's server-side signing code: a function that takes the identity (uuid,
// predefined attributes, extra_values) and returns the signed token.
struct SigningCode
{
    QString language;  // "Node.js"
    QString library;   // "jsonwebtoken 9", or what signs instead when the library cannot
    QString install;   // the command or dependency that brings the library, as typed
    QString note;      // translated: how the function is called, what it reads, any caveat
    QString fenceName; // the Markdown fence's language: "javascript", "python", ...
    QString code;      // the code itself; never holds a secret or a private key
};

// One member of the payload, as the template shows it and the table explains it.
struct PayloadMember
{
    QString name; // "uuid", "exp", a predefined attribute, or an extra value's key
    bool isExtraValue = false;
    QString placeholder;          // translated: what to put there
    QString destination;          // translated: where Engage puts it ("Mobile phone"), or empty
    std::optional<QString> regex; // the destination custom field's regex, when it has one
};

struct IntegrationKitResult;

// docs/engagectl.md kit: what the Engage integration page asks the administrator to hand to the
// website team for one JWT key, built from the configuration: the key's facts, the JOSE
// header, the payload template from the mapping, the expiry rule, the _setSignedIdentity
// call, and signing code in seven languages. The secret only when asked; an RS256 private
// key never (the configuration holds the public key only).
struct IntegrationKit
{
    Q_DECLARE_TR_FUNCTIONS(engage::IntegrationKit)

public:
    QString communityName;
    QString communityId;
    QString keyId;
    QString algorithm;              // "HS256" or "RS256"
    std::optional<QString> secret;  // HS256, only when asked for
    QString publicKeyFingerprint;   // RS256: "sha256:..." of the configured public key
    QString headerJson;             // indented JSON of {"typ","alg","kid"}
    QList<PayloadMember> payload;   // uuid, exp, predefined attributes, mapped extra values
    QList<SigningCode> signingCode; // Node.js, Python, PHP, Java, C#, Go, Ruby

    // The kit for the key `keyId` of `config`, or a translated error when there is no such
    // key, when the key has errors, or when the secret is asked for and the file has none.
    static IntegrationKitResult build(const CommunityConfig& config, const QString& keyId,
                                      bool includeSecret);

    // The payload template: JSON with a placeholder for each value.
    QString payloadTemplate() const;
};

struct IntegrationKitResult
{
    std::optional<IntegrationKit> kit; // set exactly when error is not
    std::optional<QString> error;
};

} // namespace engage

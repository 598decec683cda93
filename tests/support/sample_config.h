#pragma once

#include "config/community_config.h"

// The valid configuration the configuration tests start from: require mode, one custom field
// with a regex, two mapping rows (uuid among them) and one HS256 key; no community, which each
// test sets when it needs one.
inline engage::CommunityConfig sampleConfig()
{
    using namespace engage;
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    config.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                       QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    return config;
}

#include "config/pull_target.h"

#include "config/config_file.h"
#include "config/unknown_members.h"

#include <algorithm>

namespace engage {

namespace {

// A part of the file the reader did not take in (or, for format and version, a file that may
// mean something else by the same members): a pull could not write it back.
bool isUnreadContent(DiagnosticCode code)
{
    return code == DiagnosticCode::ConfigTooLarge || code == DiagnosticCode::ConfigParseError ||
           code == DiagnosticCode::FormatInvalid || code == DiagnosticCode::VersionUnsupported ||
           code == DiagnosticCode::MemberTypeInvalid;
}

const CustomField* findField(const QList<CustomField>& fields, const QString& key)
{
    const auto found = std::find_if(fields.cbegin(), fields.cend(),
                                    [&key](const CustomField& field) { return field.key == key; });
    return found == fields.cend() ? nullptr : &*found;
}

} // namespace

PullTarget readPullTarget(const BoundedInput& input)
{
    PullTarget target;
    if (input.bytes.isEmpty()) {
        target.config = CommunityConfig();
        return target;
    }
    ConfigLoadResult loaded = ConfigFile::load(input);
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
        if (isUnreadContent(diagnostic.code))
            target.problems.append(diagnostic);
    }
    if (target.problems.isEmpty())
        target.config = std::move(loaded.config);
    return target;
}

PulledConfiguration pulledOver(CommunityConfig pulled, const CommunityConfig& existing,
                               bool catalogueWhole)
{
    PulledConfiguration result;
    result.config = withUnknownMembersCarried(std::move(pulled), existing);
    for (CustomField& field : result.config.customFields) {
        if (const CustomField* local = findField(existing.customFields, field.key))
            field.regex = local->regex;
    }
    for (const CustomField& local : existing.customFields) {
        if (findField(result.config.customFields, local.key))
            continue;
        if (catalogueWhole) {
            result.droppedCustomFields.append(local);
        } else {
            result.keptCustomFields.append(local);
            result.config.customFields.append(local);
        }
    }
    return result;
}

} // namespace engage

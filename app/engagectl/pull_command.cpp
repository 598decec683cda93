#include "pull_command.h"

#include "api/pull_configuration_command.h"
#include "api/sync_base.h"
#include "config/unknown_members.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

#include <QFileInfo>

namespace engage {

QString PullCommand::summary() const
{
    return tr("Write a community's settings and custom fields catalogue into a configuration "
              "file.");
}

int PullCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The configuration file to write."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    addServerOptions(parser, true);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments; the file is given by --out."),
                          console);
    const QString target = parser.value(out);
    if (target.isEmpty() || target == QLatin1String("-"))
        return usageError(tr("--out FILE is required (a file: its sync record is kept beside "
                             "it)."),
                          console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    PullConfigurationCommand pull(client(), communityId(parser));
    runToEnd(pull);
    if (pull.error())
        return reportError(*pull.error(), console);

    CommunityConfig pulled = pull.configuration();
    // The server holds no unknown member (SPEC §2): those of the file pulled into are kept.
    if (QFileInfo(target).isFile()) {
        const ConfigLoadResult existing = ConfigFile::load(ConfigFile::readBytes(target).bytes);
        if (existing.config)
            pulled = withUnknownMembersCarried(std::move(pulled), *existing.config);
    }
    // The file and its sync record together: a file without its record could later be
    // pushed over remote changes unchecked.
    const SyncBase base{client().serverUrl().toString(), communityId(parser), pull.etag()};
    if (const auto error = base.saveWith(target, pulled)) {
        console.err << "engagectl pull: " << *error << '\n';
        return ExitUsageOrIo;
    }
    // What is now on disk, validated as any file: the server may hold settings that break a
    // rule, which the administrator should hear about now rather than at the next push.
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(target).bytes);
    printDiagnostics(console.err, fileLabel(target), written.diagnostics);
    const QString name = pull.configuration().community.name;
    const QString communityShown = UntrustedText::forDisplay(communityId(parser));
    console.err << tr("Pulled the community %1 into %2.")
                       .arg(name.isEmpty()
                                ? communityShown
                                : QStringLiteral("\"%1\" (%2)")
                                      .arg(UntrustedText::forDisplay(name), communityShown),
                            fileLabel(target))
                << '\n';
    return ExitSuccess;
}

} // namespace engage

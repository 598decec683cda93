#pragma once

// A program's standard streams as tests cannot get them from runProgram(): an output that
// cannot be written.

#include "support/process_run.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a program with its standard output sent to a file, such as /dev/full, and an empty
// standard input; the output is not kept.
inline Run runWithOutputTo(const QString& program, const QStringList& arguments,
                           const QString& outputFile)
{
    QProcess process;
    process.setStandardOutputFile(outputFile);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            {},
            process.readAllStandardError()};
}

#ifdef ENGAGECTL_PATH
// /dev/full fails every write with ENOSPC, as a full disk does.
inline Run engagectlWithFullOutput(const QStringList& arguments)
{
    return runWithOutputTo(QStringLiteral(ENGAGECTL_PATH), arguments, QStringLiteral("/dev/full"));
}
#endif

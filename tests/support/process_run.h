#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// A finished program as a test sees it: exit code (-1 when it crashed, hung or never started),
// standard output and standard error.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion with the given standard input; a hang is killed after two minutes.
inline Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

#ifdef ENGAGECTL_PATH
inline Run engagectl(const QStringList& arguments, const QByteArray& input = {})
{
    return runProgram(QStringLiteral(ENGAGECTL_PATH), arguments, input);
}
#endif

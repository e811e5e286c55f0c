// src/web/logging.ts
var consoleLogger = {
  info: (line) => console.log(line),
  error: (err) => console.error(describeError(err))
};
var silentLogger = { info: () => {
}, error: () => {
} };
function redactPath(path) {
  return path.split("/").map((seg) => seg === "" ? "" : /^[0-9a-f]{32}$/i.test(seg) ? ":workspace" : /^\d+$/.test(seg) ? ":n" : /^[\w.-]{1,40}$/.test(seg) ? seg : ":x").join("/");
}
function describeError(err) {
  const e = err;
  const name = typeof e?.name === "string" ? e.name : "Error";
  const frames = typeof e?.stack === "string" ? e.stack.split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8) : [];
  return [`error ${name}`, ...frames].join("\n");
}
function requestLog(log) {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(`${req.method} ${redactPath(req.originalUrl.split("?")[0])} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
export {
  consoleLogger,
  describeError,
  redactPath,
  requestLog,
  silentLogger
};

-- Headless Neovim as an editor: open the file given on the command line,
-- attach `commstrat lsp` with Neovim's built-in client, wait for the
-- diagnostics, and write them one a line as LINE:COLUMN CODE (1-based;
-- the column in bytes, as Neovim keeps it) to standard output.
-- Neovim 0.7 (Debian 12's) has start_client and buf_attach_client.
local bin = os.getenv("COMMSTRAT")
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "commstrat", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() })
if not id then
  io.stderr:write("the server did not start\n")
  vim.cmd("cquit 1")
end
vim.lsp.buf_attach_client(buf, id)
local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
if not arrived then
  io.stderr:write("no diagnostics within 20 s\n")
  vim.cmd("cquit 1")
end
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(lines, string.format("%d:%d %s", d.lnum + 1, d.col + 1, d.code or "?"))
end
table.sort(lines)
io.stdout:write(table.concat(lines, "\n") .. "\n")
vim.cmd("qa!")

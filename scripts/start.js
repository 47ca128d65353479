#!/usr/bin/env node
/**
 * `npm start`: sideloads the add-in into Excel with office-addin-debugging where Excel and that tool
 * exist (Windows or macOS with Excel installed); everywhere else it says how to sideload by hand.
 * office-addin-debugging is not a dependency: it is installed on the officer's or developer's
 * machine that has Excel (`npm install --no-save office-addin-debugging`).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const MANIFEST = join(__dirname, '..', 'manifest.xml');

function hasDebuggingTool() {
  try {
    require.resolve('office-addin-debugging/package.json');
    return true;
  } catch {
    return false;
  }
}

const excelCanBeStarted = process.platform === 'win32' || process.platform === 'darwin';

if (excelCanBeStarted && hasDebuggingTool()) {
  const result = spawnSync('npx', ['office-addin-debugging', 'start', MANIFEST], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
} else {
  process.stdout.write(`Máy này không mở được Excel để nạp add-in tự động. Cách nạp bằng tay:
  1. npm run dev-server   (phục vụ https://localhost:3000; lần đầu cài chứng chỉ phát triển của Office)
  2. Excel trên web: mở một sổ làm việc > Trang đầu (Home) > Bổ trợ (Add-ins) > Thêm bổ trợ khác >
     Tải lên bổ trợ của tôi (Upload My Add-in) > chọn tệp manifest.xml.
  3. Excel trên Windows/Mac: cài office-addin-debugging (npm install --no-save office-addin-debugging)
     rồi chạy lại npm start; hoặc đặt manifest.xml vào thư mục chia sẻ đã khai báo trong
     Trust Center > Trusted Add-in Catalogs.
  Không có Excel hỗ trợ add-in: mở dist/web/taskpane.html qua npm run dev-server trong trình duyệt
  (chế độ độc lập, làm việc trên tệp).

This machine cannot start Excel to sideload the add-in. To sideload by hand:
  1. npm run dev-server   (serves https://localhost:3000; installs the Office development certificate the first time)
  2. Excel on the web: open a workbook > Home > Add-ins > More add-ins > Upload My Add-in > choose manifest.xml.
  3. Excel on Windows/Mac: install office-addin-debugging (npm install --no-save office-addin-debugging)
     and run npm start again; or put manifest.xml in a shared folder listed under
     Trust Center > Trusted Add-in Catalogs.
  Without an Excel that runs add-ins: open https://localhost:3000/taskpane.html in a browser
  (standalone mode, working on files).
`);
}

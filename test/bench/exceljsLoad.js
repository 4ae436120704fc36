// The baseline of SPEC §11: a process that only loads the file with ExcelJS.
const ExcelJS = require('exceljs');

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  () => {},
  (err) => {
    console.error(err.message);
    process.exitCode = 1;
  },
);

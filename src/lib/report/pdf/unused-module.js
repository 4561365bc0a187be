// Stands in for jsPDF's optional html2canvas, canvg and dompurify, which only doc.html() uses.
export default {};

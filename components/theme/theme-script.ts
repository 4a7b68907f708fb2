// Runs in <head> before the first paint: the stored theme, else the system's preference.
export const themeInitScript = `(function(){try{var t=localStorage.getItem("sijill-theme");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme="light"}})();`;

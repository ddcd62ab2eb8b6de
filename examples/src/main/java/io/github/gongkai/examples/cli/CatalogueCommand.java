package io.github.gongkai.examples.cli;

import io.github.gongkai.core.catalogue.Catalogue;
import io.github.gongkai.core.catalogue.CatalogueChecks;
import io.github.gongkai.core.catalogue.CatalogueFinding;
import io.github.gongkai.core.catalogue.DisclosureGuide;
import io.github.gongkai.jackson2.GongkaiJson;
import io.github.gongkai.report.ReportInputException;
import io.github.gongkai.report.render.CatalogueRenderer;
import io.github.gongkai.report.render.RenderFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai catalogue}: render or check an agency's disclosure catalogue (政府信息公开目录,
 * 《中华人民共和国政府信息公开条例》(2019) 第十二条).
 *
 * <p>{@code catalogue render --input catalogue.json [--format html|markdown] [--guide guide.json]}
 * prints the catalogue (the guide first, if given) as an HTML page or Markdown; {@code catalogue
 * check --input catalogue.json} prints each finding as a JSON line and exits 0 (none), 1 (findings)
 * or 2 (unreadable input).
 */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = "政府信息公开目录: render an agency's catalogue (and guide), or check a catalogue.",
    subcommands = {CatalogueCommand.Render.class, CatalogueCommand.Check.class})
final class CatalogueCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static <T> T read(Path path, Class<T> type) throws IOException {
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    return GongkaiJson.codec().read(json, type);
  }

  @Command(
      name = "render",
      mixinStandardHelpOptions = true,
      description = {
        "Render a catalogue as an HTML page or Markdown: a table per class (索引号, 名称, 文号, 生成日期, 公开方式),"
            + " preceded by the guide's sections when --guide is given.",
        "Exit 0: rendered, 2: unreadable input."
      })
  static final class Render implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
        description = "The catalogue, JSON schema version 1.")
    Path input;

    @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
        description = "html (default) or markdown (also md).")
    String format = "html";

    @Option(names = "--guide", paramLabel = "FILE", description = "The agency's disclosure guide, JSON schema version 1.")
    @Nullable Path guide;

    @Override
    public Integer call() throws IOException {
      RenderFormat f = format(format);
      Catalogue catalogue = read(input, Catalogue.class);
      DisclosureGuide g = guide == null ? null : read(guide, DisclosureGuide.class);
      PrintWriter out = spec.commandLine().getOut();
      out.print(CatalogueRenderer.render(catalogue, g, f));
      out.flush();
      return ExitCodes.OK;
    }

    private static RenderFormat format(String code) {
      switch (code) {
        case "html":
          return RenderFormat.HTML;
        case "markdown":
        case "md":
          return RenderFormat.MARKDOWN;
        default:
          throw new ReportInputException("--format", code, "must be html or markdown");
      }
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Check a catalogue: duplicate index numbers and class codes, entries in unknown classes, not-disclosed"
            + " entries without a withholding ground, change dates before formation dates, unknown statutory"
            + " categories. Prints each finding as a JSON line.",
        "Exit 0: none, 1: findings, 2: unreadable input."
      })
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
        description = "The catalogue, JSON schema version 1.")
    Path input;

    @Override
    public Integer call() throws IOException {
      List<CatalogueFinding> findings = CatalogueChecks.check(read(input, Catalogue.class));
      PrintWriter out = spec.commandLine().getOut();
      for (CatalogueFinding f : findings) {
        out.println(GongkaiJson.codec().write(f));
      }
      out.flush();
      return findings.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
  }
}

using System.Text.Json;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;

namespace QualityMap.Api.Ingestion;

/// <summary>
/// Turns one item of an ingest request into an <see cref="EnterpriseEvent"/>, or into every <see cref="FieldError"/>
/// the item has. Field names are case-sensitive camelCase; fields a kind does not define are rejected.
/// </summary>
public static class EventParser
{
    public const int MaxEventIdLength = 100;
    public const int MaxProducts = 200;
    public const int MaxBrandLength = 50;

    public static EventParseResult Parse(JsonElement item, IEventValidationContext context, EventValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        if (item.ValueKind != JsonValueKind.Object)
        {
            var got = item.ValueKind == JsonValueKind.Undefined ? "nothing" : item.ValueKind.ToString().ToLowerInvariant();
            return EventParseResult.Failure(null, [new FieldError("", FieldRules.Type, $"The event must be a JSON object, got {got}.")]);
        }

        if (FieldReader.InvalidNames(item) is { Count: > 0 } invalidNames) return EventParseResult.Failure(null, invalidNames);

        var errors = new List<FieldError>();
        var reader = new FieldReader(item, "", errors, context, options);
        var sentEventId = reader.RequireRawString("eventId");
        var eventId = sentEventId is null ? null : CheckEventId(reader, sentEventId);
        var kind = ReadKind(reader);
        var uscc = ReadUscc(reader);
        var occurredAt = reader.RequireTime("occurredAt");
        var envelope = eventId is null || uscc is null || occurredAt is null
            ? null
            : new EventEnvelope(eventId, uscc, occurredAt.Value);

        EnterpriseEvent? parsed = null;
        // Without a known kind there is no telling which other fields belong, so only the shared ones are checked.
        if (kind is not null)
        {
            parsed = ReadKindFields(reader, kind, envelope);
            reader.RejectUnknownFields($"a {kind} event");
        }

        return parsed is not null && errors.Count == 0
            ? EventParseResult.Success(parsed)
            : EventParseResult.Failure(eventId ?? EchoableEventId(sentEventId), errors);
    }

    private static EnterpriseEvent? ReadKindFields(FieldReader reader, string kind, EventEnvelope? envelope) => kind switch
    {
        EventKinds.SamplingResult => ReadSamplingResult(reader, envelope),
        EventKinds.AdministrativePenalty => ReadAdministrativePenalty(reader, envelope),
        EventKinds.LicenceRevoked => ReadLicenceRevoked(reader, envelope),
        EventKinds.LicenceSuspended => ReadLicenceSuspended(reader, envelope),
        EventKinds.LicenceRestored => ReadLicenceRestored(reader, envelope),
        EventKinds.UnlicensedProductionFound => ReadUnlicensedProductionFound(reader, envelope),
        EventKinds.ReinspectionResult => ReadReinspectionResult(reader, envelope),
        EventKinds.DishonestyListed => ReadDishonestyListed(reader, envelope),
        EventKinds.DishonestyDelisted => ReadDishonestyDelisted(reader, envelope),
        EventKinds.SamplingRefused => ReadSamplingRefused(reader, envelope),
        EventKinds.QualityAccident => ReadQualityAccident(reader, envelope),
        EventKinds.EnterpriseRegistered => ReadEnterpriseRegistered(reader, envelope),
        EventKinds.EnterpriseMoved => ReadEnterpriseMoved(reader, envelope),
        EventKinds.EnterpriseClosed => ReadEnterpriseClosed(reader, envelope),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an event kind."),
    };

    private static string? CheckEventId(FieldReader reader, string eventId)
    {
        const string name = "eventId";
        if (eventId.Length == 0)
        {
            reader.AddError(name, FieldRules.Empty, $"Field '{name}' must not be empty.");
            return null;
        }

        if (eventId.Length > MaxEventIdLength)
        {
            reader.AddError(name, FieldRules.MaxLength,
                $"Field '{name}' must be at most {MaxEventIdLength} characters, got {eventId.Length}.");
            return null;
        }

        if (!eventId.All(IsEventIdCharacter))
        {
            reader.AddError(name, FieldRules.Pattern,
                $"Field '{name}' may contain only letters A-Z and a-z, digits and . _ : -, got '{eventId}'.");
            return null;
        }

        return eventId;
    }

    // An id the client sent as a string of sane length is worth echoing even when it broke the pattern rule:
    // it is how the client finds the item the errors are about.
    private static string? EchoableEventId(string? sentEventId) =>
        sentEventId is { Length: > 0 and <= MaxEventIdLength } ? sentEventId : null;

    private static bool IsEventIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';

    private static string? ReadKind(FieldReader reader)
    {
        const string name = "kind";
        var kind = reader.RequireRawString(name);
        if (kind is null)
        {
            return null;
        }

        if (!EventKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            reader.AddError(name, FieldRules.UnknownKind,
                $"Field '{name}' must be one of {string.Join(", ", EventKinds.All)}; got '{kind}'.");
            return null;
        }

        return kind;
    }

    private static string? ReadUscc(FieldReader reader)
    {
        const string name = "uscc";
        var uscc = reader.RequireRawString(name);
        if (uscc is null)
        {
            return null;
        }

        // The code is the enterprise's key, so it is checked as sent: no trimming, no upper-casing.
        var reason = UnifiedSocialCreditCode.Explain(uscc);
        if (reason is not null)
        {
            var rule = UnifiedSocialCreditCode.IsWellFormed(uscc) ? FieldRules.UsccCheckCharacter : FieldRules.UsccFormat;
            reader.AddError(name, rule, $"Field '{name}' must be a valid unified social credit code (GB 32100): {reason}.");
            return null;
        }

        return uscc;
    }

    private static SamplingResult? ReadSamplingResult(FieldReader reader, EventEnvelope? envelope)
    {
        var batchNo = reader.RequireString("batchNo");
        var productCode = reader.RequireString("productCode");
        var passed = reader.RequireBool("passed");
        var (brand, niceClass) = ReadBrand(reader);
        if (envelope is null || batchNo is null || productCode is null || passed is null)
        {
            return null;
        }

        return new SamplingResult
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            BatchNo = batchNo,
            ProductCode = productCode,
            Passed = passed.Value,
            Brand = brand,
            NiceClass = niceClass,
        };
    }

    private static AdministrativePenalty? ReadAdministrativePenalty(FieldReader reader, EventEnvelope? envelope)
    {
        var decisionNo = reader.RequireString("decisionNo");
        var violation = reader.OptionalString("violation");
        if (envelope is null || decisionNo is null)
        {
            return null;
        }

        return new AdministrativePenalty
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            DecisionNo = decisionNo,
            Violation = violation,
        };
    }

    private static LicenceRevoked? ReadLicenceRevoked(FieldReader reader, EventEnvelope? envelope)
    {
        var licenceNo = reader.RequireString("licenceNo");
        if (envelope is null || licenceNo is null)
        {
            return null;
        }

        return new LicenceRevoked
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            LicenceNo = licenceNo,
        };
    }

    private static LicenceSuspended? ReadLicenceSuspended(FieldReader reader, EventEnvelope? envelope)
    {
        var licenceNo = reader.RequireString("licenceNo");
        if (envelope is null || licenceNo is null)
        {
            return null;
        }

        return new LicenceSuspended
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            LicenceNo = licenceNo,
        };
    }

    private static LicenceRestored? ReadLicenceRestored(FieldReader reader, EventEnvelope? envelope)
    {
        var licenceNo = reader.RequireString("licenceNo");
        if (envelope is null || licenceNo is null)
        {
            return null;
        }

        return new LicenceRestored
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            LicenceNo = licenceNo,
        };
    }

    private static UnlicensedProductionFound? ReadUnlicensedProductionFound(FieldReader reader, EventEnvelope? envelope)
    {
        var productCode = reader.RequireString("productCode");
        var (brand, niceClass) = ReadBrand(reader);
        if (envelope is null || productCode is null)
        {
            return null;
        }

        return new UnlicensedProductionFound
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            ProductCode = productCode,
            Brand = brand,
            NiceClass = niceClass,
        };
    }

    private static ReinspectionResult? ReadReinspectionResult(FieldReader reader, EventEnvelope? envelope)
    {
        var productCode = reader.RequireString("productCode");
        var passed = reader.RequireBool("passed");
        var (brand, niceClass) = ReadBrand(reader);
        if (envelope is null || productCode is null || passed is null)
        {
            return null;
        }

        return new ReinspectionResult
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            ProductCode = productCode,
            Passed = passed.Value,
            Brand = brand,
            NiceClass = niceClass,
        };
    }

    private static DishonestyListed? ReadDishonestyListed(FieldReader reader, EventEnvelope? envelope)
    {
        var listingNo = reader.RequireString("listingNo");
        if (envelope is null || listingNo is null)
        {
            return null;
        }

        return new DishonestyListed
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            ListingNo = listingNo,
        };
    }

    private static DishonestyDelisted? ReadDishonestyDelisted(FieldReader reader, EventEnvelope? envelope)
    {
        var listingNo = reader.RequireString("listingNo");
        if (envelope is null || listingNo is null)
        {
            return null;
        }

        return new DishonestyDelisted
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            ListingNo = listingNo,
        };
    }

    private static SamplingRefused? ReadSamplingRefused(FieldReader reader, EventEnvelope? envelope)
    {
        var note = reader.OptionalString("note");
        if (envelope is null)
        {
            return null;
        }

        return new SamplingRefused
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            Note = note,
        };
    }

    private static QualityAccident? ReadQualityAccident(FieldReader reader, EventEnvelope? envelope)
    {
        var description = reader.RequireString("description");
        var (brand, niceClass) = ReadBrand(reader);
        if (envelope is null || description is null)
        {
            return null;
        }

        return new QualityAccident
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            Description = description,
            Brand = brand,
            NiceClass = niceClass,
        };
    }

    private static EnterpriseRegistered? ReadEnterpriseRegistered(FieldReader reader, EventEnvelope? envelope)
    {
        var name = reader.RequireString("name");
        var townCode = reader.RequireTown("townCode");
        var products = ReadProducts(reader);
        var licenceNo = reader.OptionalString("licenceNo");
        if (envelope is null || name is null || townCode is null || products is null)
        {
            return null;
        }

        return new EnterpriseRegistered
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            Name = name,
            TownCode = townCode,
            Products = products,
            LicenceNo = licenceNo,
        };
    }

    private static EnterpriseMoved? ReadEnterpriseMoved(FieldReader reader, EventEnvelope? envelope)
    {
        var townCode = reader.RequireTown("townCode");
        if (envelope is null || townCode is null)
        {
            return null;
        }

        return new EnterpriseMoved
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            TownCode = townCode,
        };
    }

    private static EnterpriseClosed? ReadEnterpriseClosed(FieldReader reader, EventEnvelope? envelope)
    {
        var note = reader.OptionalString("note");
        if (envelope is null)
        {
            return null;
        }

        return new EnterpriseClosed
        {
            EventId = envelope.EventId,
            Uscc = envelope.Uscc,
            OccurredAt = envelope.OccurredAt,
            Note = note,
        };
    }

    /// <summary>
    /// The product a product event may name (<see cref="IProductEvent"/>): a brand and its Nice class, both or neither,
    /// because the credit scheme scores the pair (方案 §二(二)) and half of it names no product.
    /// </summary>
    private static (string? Brand, int? NiceClass) ReadBrand(FieldReader reader)
    {
        const string brandName = "brand";
        const string niceClassName = "niceClass";
        var brandSent = reader.Has(brandName);
        var niceClassSent = reader.Has(niceClassName);
        var brand = brandSent ? reader.RequireString(brandName, MaxBrandLength) : null;
        var niceClass = niceClassSent ? reader.RequireInteger(niceClassName, 1, 45) : null;
        if (brandSent != niceClassSent)
        {
            var (missing, given) = brandSent ? (niceClassName, brandName) : (brandName, niceClassName);
            reader.AddError(missing, FieldRules.RequiredWith,
                $"Field '{reader.Path(missing)}' is required when '{reader.Path(given)}' is given: a product is a brand in a Nice class (1-45).");
        }

        return brand is null || niceClass is null ? (null, null) : (brand, niceClass);
    }

    private static List<ProductLine>? ReadProducts(FieldReader reader)
    {
        const string name = "products";
        var array = reader.RequireArray(name);
        if (array is null)
        {
            return null;
        }

        var count = array.Value.GetArrayLength();
        if (count == 0)
        {
            reader.AddError(name, FieldRules.Empty, $"Field '{name}' must list at least one key product.");
            return null;
        }

        if (count > MaxProducts)
        {
            reader.AddError(name, FieldRules.MaxItems, $"Field '{name}' must list at most {MaxProducts} products, got {count}.");
            return null;
        }

        var products = new List<ProductLine>(count);
        var firstIndexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = $"{name}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                reader.AddError(path, FieldRules.Type, $"Field '{path}' must be a JSON object with code, name and grade.");
            }
            else
            {
                var product = ReadProduct(reader.ForObject(item, path + "."), index, firstIndexByCode);
                if (product is not null)
                {
                    products.Add(product);
                }
            }

            index++;
        }

        return products.Count == count ? products : null;
    }

    private static ProductLine? ReadProduct(FieldReader product, int index, Dictionary<string, int> firstIndexByCode)
    {
        var code = product.RequireString("code");
        var name = product.RequireString("name");
        var grade = product.RequireInteger("grade", (int)ProductRiskGrade.Level1, (int)ProductRiskGrade.Level3);
        product.RejectUnknownFields("a product");

        // One enterprise lists each key product once; two grades for one code would make its risk ambiguous.
        if (code is not null && !firstIndexByCode.TryAdd(code, index))
        {
            product.AddError("code", FieldRules.Duplicate,
                $"Field '{product.Path("code")}' repeats product code '{code}' already listed at products[{firstIndexByCode[code]}].");
            return null;
        }

        return code is null || name is null || grade is null ? null : new ProductLine(code, name, (ProductRiskGrade)grade.Value);
    }
}
